/**
 * The one logger. Only technical fields are logged: route, status, request id, error name. Never a
 * body, a header value or a claim (a test greps the logs for marker values).
 */
import { Logger } from '@aws-lambda-powertools/logger';

// Level from POWERTOOLS_LOG_LEVEL, read by Powertools itself.
export const logger = new Logger({ serviceName: 'cong-minh' });
