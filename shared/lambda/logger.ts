/**
 * The one logger. Only technical fields are logged: route, status, request id, error name. Never a
 * body, a header value or a claim (a test greps the logs for marker values).
 *
 * One JSON object per line on stdout, the shape Lambda's JSON log format and CloudWatch Logs
 * Insights read (`timestamp`, `level`, `message`, `service`, `requestId`, then the fields). It
 * replaces Powertools' Logger, which cost 23 KB of every bundle (issue 12 §5) for the four methods
 * used here. The level comes from `LOG_LEVEL`, else Lambda's `AWS_LAMBDA_LOG_LEVEL` (the function's
 * application log level), else
 * `POWERTOOLS_LOG_LEVEL` (the name this project used before), else INFO.
 */

const LEVELS = { DEBUG: 10, INFO: 20, WARN: 30, ERROR: 40, SILENT: 99 } as const;
export type LogLevel = keyof typeof LEVELS;

type Fields = Record<string, string | number | boolean | null | undefined>;

function levelFromEnv(): LogLevel {
  const v = (
    process.env.LOG_LEVEL ??
    process.env.AWS_LAMBDA_LOG_LEVEL ??
    process.env.POWERTOOLS_LOG_LEVEL ??
    'INFO'
  ).toUpperCase();
  return v in LEVELS ? (v as LogLevel) : v === 'TRACE' ? 'DEBUG' : v === 'FATAL' ? 'ERROR' : 'INFO';
}

export class Logger {
  private threshold: number = LEVELS[levelFromEnv()];
  private keys: Fields = {};

  constructor(private readonly service: string) {}

  setLogLevel(level: LogLevel) {
    this.threshold = LEVELS[level];
  }

  /** Keys carried by every later line of this invocation (the request id). */
  appendKeys(keys: Fields) {
    this.keys = { ...this.keys, ...keys };
  }

  debug(message: string, fields?: Fields) {
    this.write('DEBUG', message, fields);
  }
  info(message: string, fields?: Fields) {
    this.write('INFO', message, fields);
  }
  warn(message: string, fields?: Fields) {
    this.write('WARN', message, fields);
  }
  error(message: string, fields?: Fields) {
    this.write('ERROR', message, fields);
  }

  private write(level: Exclude<LogLevel, 'SILENT'>, message: string, fields?: Fields) {
    if (LEVELS[level] < this.threshold) return;
    const line = {
      timestamp: new Date().toISOString(),
      level,
      message,
      service: this.service,
      ...this.keys,
      ...fields,
    };
    (level === 'ERROR' ? process.stderr : process.stdout).write(`${JSON.stringify(line)}\n`);
  }
}

export const logger = new Logger('cong-minh');
