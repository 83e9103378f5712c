import { GetCase } from '../../../shared/api/routes/cases.js';
import { summaryOnly } from '../../../shared/auth/access.js';
import { loadVisibleCase } from '../../../shared/cases/act-on-case.js';
import { claimSummaryView, staffCaseView } from '../../../shared/cases/views.js';
import { documentRulesOf, loadDocumentTexts } from '../../../shared/domain/decision.js';
import { rulesFor } from '../../../shared/domain/profile.js';
import { profileByVersion } from '../../../shared/domain/profiles/index.js';
import { allowedActions } from '../../../shared/domain/transitions.js';
import { clock, store } from '../../../shared/lambda/deps.js';
import { staffRouteHandler } from '../../../shared/lambda/staff-route.js';

export const handler = staffRouteHandler(GetCase, async (req) => {
  const c = await loadVisibleCase(store(), req.actor, req.params.id, 'summary');
  const profile = profileByVersion(c.profileId, c.profileVersion);
  const rules = rulesFor(profile, c.track);
  if (summaryOnly(req.actor, c))
    return {
      status: 200,
      body: {
        case: claimSummaryView(c, clock()),
        allowedActions: allowedActions(c, req.actor, rules),
        rejectionGrounds: [],
      },
    };
  const actions = allowedActions(c, req.actor, rules);
  // The document texts load only where a decision is drafted, approved or shown.
  const drafting = Boolean(c.proposal) || actions.includes('propose_decision');
  if (drafting) await loadDocumentTexts();
  return {
    status: 200,
    body: {
      case: staffCaseView(c, clock()),
      allowedActions: actions,
      rejectionGrounds: rules.rejectionGrounds,
      procedure: {
        label: rules.label,
        outcomes: rules.outcomes,
        suspensionGrounds: rules.suspensionGrounds,
        screeningGrounds: rules.deadlines.find((d) => d.name === 'screening')?.longer?.grounds ?? [],
        terminationGrounds: rules.terminationGrounds,
        dialogue: rules.dialogue,
        findingOnFirstDecision: rules.findingOnFirstDecision,
        ...(drafting ? { document: documentRulesOf(profile, c) } : {}),
      },
    },
  };
});
