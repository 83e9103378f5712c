import { SecretsManagerClient } from '@aws-sdk/client-secrets-manager';
import { once } from '../once.js';

export const secretsManager = once(() => new SecretsManagerClient({}));
