import { createParamDecorator, type ExecutionContext } from '@nestjs/common';
import { actorOf } from './actor.js';
import { requestOf } from './request-of.js';

/**
 * The caller (`Actor`), or null when the request carried no credentials. Fails with UNAUTHENTICATED
 * when it carried a token that is expired or revoked.
 */
export const CurrentActor = createParamDecorator((_data: unknown, context: ExecutionContext) => actorOf(requestOf(context)));

/** The client's IP address as Express sees it (set Express's `trust proxy` behind a reverse proxy). */
export const ClientIp = createParamDecorator((_data: unknown, context: ExecutionContext): string => {
  const request = requestOf(context);
  return request.ip ?? request.socket.remoteAddress ?? 'unknown';
});
