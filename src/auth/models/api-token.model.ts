import { Field, ID, ObjectType } from '@nestjs/graphql';
import { Role } from '../entities/user.entity.js';
import type { ApiToken } from '../entities/api-token.entity.js';

@ObjectType('ApiToken')
export class ApiTokenModel {
  @Field(() => ID)
  id!: string;

  @Field()
  name!: string;

  @Field(() => Role)
  role!: Role;

  @Field({ description: 'The first characters of the secret, to tell tokens apart.' })
  prefix!: string;

  @Field()
  createdAt!: Date;

  @Field(() => Date, { nullable: true })
  expiresAt!: Date | null;

  @Field(() => Date, { nullable: true, description: 'Recorded at most once a minute.' })
  lastUsedAt!: Date | null;

  @Field(() => Date, { nullable: true })
  revokedAt!: Date | null;
}

@ObjectType('CreatedApiToken')
export class CreatedApiTokenModel {
  @Field(() => ApiTokenModel)
  apiToken!: ApiTokenModel;

  @Field({ description: 'The secret, shown this once: only its hash is stored.' })
  secret!: string;
}

export function toApiTokenModel(token: ApiToken): ApiTokenModel {
  return {
    id: token.id,
    name: token.name,
    role: token.role,
    prefix: token.tokenPrefix,
    createdAt: token.createdAt,
    expiresAt: token.expiresAt,
    lastUsedAt: token.lastUsedAt,
    revokedAt: token.revokedAt,
  };
}
