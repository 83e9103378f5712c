import { SFNClient } from '@aws-sdk/client-sfn';
import { ENV } from '../../lambda/config.js';
import { once } from '../once.js';

export const sfn = once((endpoint) => new SFNClient(endpoint ? { endpoint } : {}), ENV.sfnEndpoint);
