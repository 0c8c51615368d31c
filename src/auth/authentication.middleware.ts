import { Injectable, type NestMiddleware } from '@nestjs/common';
import type { NextFunction, Request, Response } from 'express';
import type { AuthenticatedRequest } from './actor.js';
import { AuthenticationService } from './authentication.service.js';

/** Resolves the caller before GraphQL or REST runs, and attaches it to the request (`req.auth`). */
@Injectable()
export class AuthenticationMiddleware implements NestMiddleware {
  constructor(private readonly authentication: AuthenticationService) {}

  async use(request: Request & AuthenticatedRequest, _response: Response, next: NextFunction): Promise<void> {
    request.auth = await this.authentication.authenticate(request.headers.authorization);
    next();
  }
}
