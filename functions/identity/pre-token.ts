/**
 * Cognito pre-token-generation trigger (V2): puts the staff member's committees, kept in the
 * `custom:committees` attribute, into the access token as `cm:committees`, the claim the API reads.
 * ID tokens are left alone: the API accepts only access tokens.
 */
import type { PreTokenGenerationV2TriggerEvent } from 'aws-lambda';
import { COMMITTEES_CLAIM, NAME_CLAIM } from '../../shared/auth/tokens.js';

export function committeesOf(attribute: string | undefined): string[] {
  return (attribute ?? '')
    .split(',')
    .map((c) => c.trim())
    .filter((c) => /^[a-z0-9-]{2,40}$/.test(c));
}

export const handler = async (
  event: PreTokenGenerationV2TriggerEvent,
): Promise<PreTokenGenerationV2TriggerEvent> => {
  event.response = {
    claimsAndScopeOverrideDetails: {
      accessTokenGeneration: {
        claimsToAddOrOverride: {
          [COMMITTEES_CLAIM]: committeesOf(
            event.request.userAttributes['custom:committees'],
          ) as unknown as string,
          ...(event.request.userAttributes.name ? { [NAME_CLAIM]: event.request.userAttributes.name } : {}),
        },
      },
    },
  };
  return event;
};
