import { SchedulerClient } from '@aws-sdk/client-scheduler';
import { ENV } from '../../lambda/config.js';
import { once } from '../once.js';

export const scheduler = once(
  (endpoint) => new SchedulerClient(endpoint ? { endpoint } : {}),
  ENV.schedulerEndpoint,
);
