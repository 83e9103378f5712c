import { CognitoIdentityProviderClient } from '@aws-sdk/client-cognito-identity-provider';
import { ENV, optionalEnv, requireEnv } from '../lambda/config.js';
import { cognitoDirectory, type Directory, fileDirectory } from './directory.js';

let cognito: CognitoIdentityProviderClient | undefined;

export function directory(): Directory {
  const file = optionalEnv(ENV.localUsersFile);
  if (file) return fileDirectory(file);
  cognito ??= new CognitoIdentityProviderClient({});
  return cognitoDirectory(cognito, requireEnv(ENV.userPoolId));
}
