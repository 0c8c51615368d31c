import { Field, ObjectType } from '@nestjs/graphql';
import { UserModel } from './user.model.js';

/** What a login, a refresh or a password change returns: a new token pair for one session. */
@ObjectType('AuthPayload')
export class AuthPayload {
  @Field({ description: 'Send as `Authorization: Bearer <accessToken>`. Short-lived.' })
  accessToken!: string;

  @Field()
  accessTokenExpiresAt!: Date;

  @Field({ description: 'Exchange it with refreshSession for a new pair before it expires; it works once.' })
  refreshToken!: string;

  @Field()
  refreshTokenExpiresAt!: Date;

  @Field(() => UserModel)
  user!: UserModel;
}
