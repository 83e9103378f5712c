import type { PreTokenGenerationV2TriggerEvent } from 'aws-lambda';
import { describe, expect, it } from 'vitest';
import { committeesOf, handler } from '../../functions/identity/pre-token.js';

describe('Cognito pre-token trigger', () => {
  it('puts the committees attribute into the access token only', async () => {
    const event = {
      request: { userAttributes: { 'custom:committees': 'ubkt-1, ubkt-2,,BAD ID' } },
      response: {},
    } as unknown as PreTokenGenerationV2TriggerEvent;
    const out = await handler(event);
    expect(out.response.claimsAndScopeOverrideDetails?.accessTokenGeneration?.claimsToAddOrOverride).toEqual({
      'cm:committees': ['ubkt-1', 'ubkt-2'],
    });
    expect(out.response.claimsAndScopeOverrideDetails?.idTokenGeneration).toBeUndefined();
    expect(committeesOf(undefined)).toEqual([]);
  });
});
