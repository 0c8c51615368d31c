import { AppError, ErrorCode } from '../common/errors.js';

/** The auth module's expected failures, with the codes clients act on. */
export const AuthErrors = {
  /** One answer for an unknown email, a wrong password and a disabled account: nothing to enumerate. */
  invalidCredentials: () => new AppError(ErrorCode.UNAUTHENTICATED, 'Invalid email or password'),
  authenticationRequired: () => new AppError(ErrorCode.UNAUTHENTICATED, 'Authentication required'),
  invalidToken: () => new AppError(ErrorCode.UNAUTHENTICATED, 'The token is invalid, expired or revoked'),
  invalidRefreshToken: () => new AppError(ErrorCode.UNAUTHENTICATED, 'The refresh token is invalid, expired or revoked'),
  forbidden: () => new AppError(ErrorCode.FORBIDDEN, 'You are not allowed to do this'),
  userSessionRequired: () => new AppError(ErrorCode.FORBIDDEN, 'This needs a user logged in with a password, not an API token'),
  wrongCurrentPassword: () =>
    AppError.badInput('The current password is wrong', [{ field: 'currentPassword', messages: ['currentPassword is wrong'] }]),
  emailTaken: () => AppError.conflict('A user with this email already exists', { field: 'email' }),
  lastAdmin: () => AppError.conflict('This would leave no active ADMIN: make another user ADMIN first'),
  loginRepeated: () => AppError.badInput('login may be selected only once per request'),
};
