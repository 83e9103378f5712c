/** State names: stable, unique, and the keys the local runner uses for its task overrides. */
export const S = {
  Advance: 'Advance',
  RouteByStep: 'RouteByStep',
  AwaitStaff: 'AwaitStaff',
  Done: 'Done',
  Failed: 'Failed',
} as const;

/** Errors a parked callback may end with that mean "reload the case and park again". */
export const RELOAD_ERRORS = [
  'DynamoDb.ConditionalCheckFailedException',
  'DynamoDB.ConditionalCheckFailedException',
  'States.Timeout',
  'States.HeartbeatTimeout',
];
