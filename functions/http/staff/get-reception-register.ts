import { GetReceptionRegister } from '../../../shared/api/routes/desk.js';
import { receptionRegister, registerCsv } from '../../../shared/cases/reception-register.js';
import { clock, store } from '../../../shared/lambda/deps.js';
import { keyWrapper } from '../../../shared/lambda/secrets.js';
import { staffRouteHandler } from '../../../shared/lambda/staff-route.js';

/** The citizen-reception register for a period, as JSON or as CSV with `format=csv`. */
export const handler = staffRouteHandler(GetReceptionRegister, async (req) => {
  const { from, to, format, lang } = req.query;
  const r = await receptionRegister({ store: store(), keyWrapper: keyWrapper(), now: clock }, req.actor, {
    committee: req.params.committee,
    from,
    to,
  });
  if (format === 'csv')
    return {
      status: 200,
      body: registerCsv(r.items, lang),
      headers: {
        'content-type': 'text/csv; charset=utf-8',
        'content-disposition': `attachment; filename="so-tiep-cong-dan-${r.committee}-${from}-${to}.csv"`,
      },
    };
  return { status: 200, body: r };
});
