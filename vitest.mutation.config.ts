/** The unit tests alone, for StrykerJS (`npm run test:mutation`): no DynamoDB, no browser. */
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    env: { AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED: 'true', LOG_LEVEL: 'WARN' },
    include: ['test/unit/**/*.test.ts'],
  },
});
