import autocannon from 'autocannon';
import { nextRequest, type BenchQuery } from './queries.js';

export interface LoadResult {
  requestsPerSecond: number;
  requests: number;
  p50: number;
  p975: number;
  p99: number;
  average: number;
  max: number;
  socketErrors: number;
  timeouts: number;
  non2xx: number;
  /** HTTP 200 answers that carry GraphQL `errors`. */
  graphqlErrors: number;
  firstError?: string;
}

export function errorsOf(result: LoadResult): number {
  return result.socketErrors + result.timeouts + result.non2xx + result.graphqlErrors;
}

/**
 * One autocannon run of one query against a target (its base URL, e.g. http://127.0.0.1:3000): a
 * GraphQL POST (or GET) whose variables rotate per request, or a REST GET whose path does; for a
 * number of seconds or of requests.
 */
export function runLoad(baseUrl: string, query: BenchQuery, connections: number, length: { seconds: number } | { requests: number }, graphqlOverGet = false): Promise<LoadResult> {
  let graphqlErrors = 0;
  let firstError: string | undefined;
  return new Promise((resolve, reject) => {
    autocannon(
      {
        url: baseUrl,
        connections,
        ...('seconds' in length ? { duration: length.seconds } : { amount: length.requests }),
        timeout: 10,
        requests: [
          {
            setupRequest: (request) => ({ ...request, ...nextRequest(query, graphqlOverGet) }),
            onResponse: (status, body) => {
              // A GraphQL error is an HTTP 200 too; a cheap test, as no article text contains this key.
              if (query.kind === 'graphql' && status === 200 && body.includes('"errors":')) {
                graphqlErrors += 1;
                firstError ??= body.slice(0, 300);
              }
            },
          },
        ],
      },
      (error, result) => {
        if (error) return reject(error);
        resolve({
          requestsPerSecond: result.requests.average,
          requests: result.requests.total,
          p50: result.latency.p50,
          p975: result.latency.p97_5,
          p99: result.latency.p99,
          average: result.latency.average,
          max: result.latency.max,
          socketErrors: result.errors,
          timeouts: result.timeouts,
          non2xx: result.non2xx,
          graphqlErrors,
          firstError,
        });
      },
    );
  });
}
