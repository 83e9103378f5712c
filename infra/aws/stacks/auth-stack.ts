/** Staff identity: a Cognito user pool whose groups are the roles of DESIGN.md §1. */
import { Duration, RemovalPolicy, Stack, type StackProps } from 'aws-cdk-lib';
import {
  CfnUserPoolGroup,
  ClientAttributes,
  FeaturePlan,
  LambdaVersion,
  Mfa,
  StandardThreatProtectionMode,
  StringAttribute,
  UserPool,
  type UserPoolClient,
  UserPoolOperation,
} from 'aws-cdk-lib/aws-cognito';
import type { Construct } from 'constructs';
import { staffRoles } from '../../../shared/domain/actor.js';
import { HouseFunction } from '../constructs/house-function.js';

export class AuthStack extends Stack {
  readonly userPool: UserPool;
  readonly webClient: UserPoolClient;

  constructor(scope: Construct, id: string, props?: StackProps) {
    super(scope, id, props);
    this.userPool = new UserPool(this, 'Staff', {
      selfSignUpEnabled: false,
      signInAliases: { username: true, email: true },
      mfa: Mfa.REQUIRED,
      mfaSecondFactor: { otp: true, sms: false },
      passwordPolicy: {
        minLength: 12,
        requireDigits: true,
        requireLowercase: true,
        requireUppercase: true,
        requireSymbols: true,
      },
      featurePlan: FeaturePlan.PLUS,
      standardThreatProtectionMode: StandardThreatProtectionMode.FULL_FUNCTION,
      // Committees a staff member belongs to, comma-separated; admins set it, users cannot.
      customAttributes: { committees: new StringAttribute({ minLen: 0, maxLen: 2048, mutable: true }) },
      removalPolicy: RemovalPolicy.RETAIN,
      deletionProtection: true,
    });
    const preToken = new HouseFunction(this, 'PreTokenFn', { entry: 'identity/pre-token.ts' }).fn;
    this.userPool.addTrigger(UserPoolOperation.PRE_TOKEN_GENERATION_CONFIG, preToken, LambdaVersion.V2_0);
    for (const role of staffRoles) {
      new CfnUserPoolGroup(this, `Group-${role}`, { userPoolId: this.userPool.userPoolId, groupName: role });
    }
    this.webClient = this.userPool.addClient('Web', {
      authFlows: { userSrp: true },
      // Five minutes: a member removed from a group loses it within five minutes (the web refreshes).
      accessTokenValidity: Duration.minutes(5),
      idTokenValidity: Duration.hours(1),
      refreshTokenValidity: Duration.hours(12),
      preventUserExistenceErrors: true,
      // Users may not change their own committees.
      writeAttributes: new ClientAttributes().withStandardAttributes({ email: true }),
    });
  }

  get issuer(): string {
    return `https://cognito-idp.${this.region}.amazonaws.com/${this.userPool.userPoolId}`;
  }
}
