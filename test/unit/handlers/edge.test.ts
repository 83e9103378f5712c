/** Behind CloudFront: the origin secret is required, and only then is the viewer's address believed. */
import type { APIGatewayProxyEventV2, Context } from 'aws-lambda';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { GetDeadlines } from '../../../shared/api/routes.js';
import { routeHandler } from '../../../shared/lambda/http.js';

const seen: { ip?: string; site?: string } = {};
const handler = routeHandler(GetDeadlines, async (req) => {
  seen.ip = req.sourceIp;
  seen.site = req.siteBase;
  return { status: 200, body: { ok: true } };
});
const event = (headers: Record<string, string>) =>
  ({
    routeKey: 'GET /public/deadlines',
    rawPath: '/public/deadlines',
    headers,
    queryStringParameters: { kind: 'complaint' },
    requestContext: { requestId: 'r', http: { sourceIp: '203.0.113.9' } },
  }) as unknown as APIGatewayProxyEventV2;
const call = (headers: Record<string, string>) => handler(event(headers), {} as Context);

// The stand-in body here is not a deadlines answer: this test is about the edge, not the contract.
beforeEach(() => {
  process.env.CM_CHECK_RESPONSES = '0';
});
afterEach(() => {
  process.env.CM_CHECK_RESPONSES = '1';
  delete process.env.CM_ORIGIN_VERIFY;
  delete process.env.CM_PUBLIC_BASE_URL;
});

describe('the edge', () => {
  it('refuses a request without the origin secret once one is configured (403), and serves one with it', async () => {
    process.env.CM_ORIGIN_VERIFY = 's3cret-value';
    expect((await call({})).statusCode).toBe(403);
    expect((await call({ 'x-cm-origin-verify': 'wrong-value!' })).statusCode).toBe(403);
    const ok = await call({
      'x-cm-origin-verify': 's3cret-value',
      'cloudfront-viewer-address': '198.51.100.7:54321',
      'x-cm-site-host': 'congminh.example.vn',
    });
    expect(ok.statusCode).toBe(200);
    expect(seen).toEqual({ ip: '198.51.100.7', site: 'https://congminh.example.vn' });
  });

  it('believes no viewer address or site host where CloudFront is not the one way in', async () => {
    await call({ 'cloudfront-viewer-address': '198.51.100.7:1', 'x-cm-site-host': 'evil.example' });
    expect(seen).toEqual({ ip: '203.0.113.9', site: '' });
  });
});
