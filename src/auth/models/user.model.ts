import { Field, ID, ObjectType, registerEnumType } from '@nestjs/graphql';
import { Role, type User } from '../entities/user.entity.js';

registerEnumType(Role, { name: 'Role', description: 'What a user or API token may do: see the permission table in the README.' });

@ObjectType('User')
export class UserModel {
  @Field(() => ID)
  id!: string;

  @Field()
  email!: string;

  @Field()
  displayName!: string;

  @Field(() => Role)
  role!: Role;

  @Field(() => ID, { nullable: true, description: 'The author profile this user writes as, if any.' })
  authorId!: string | null;

  @Field({ description: 'A disabled user cannot log in, and their tokens stopped working when disabled.' })
  disabled!: boolean;

  @Field()
  createdAt!: Date;

  @Field()
  updatedAt!: Date;
}

export function toUserModel(user: User): UserModel {
  return {
    id: user.id,
    email: user.email,
    displayName: user.displayName,
    role: user.role,
    authorId: user.authorId,
    disabled: user.disabledAt !== null,
    createdAt: user.createdAt,
    updatedAt: user.updatedAt,
  };
}
