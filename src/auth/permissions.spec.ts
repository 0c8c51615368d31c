import { describe, expect, it } from '@jest/globals';
import { AppError } from '../common/errors.js';
import type { Actor } from './actor.js';
import { Role } from './entities/user.entity.js';
import { Action, isAllowed, PERMISSIONS } from './permissions.js';
import { PolicyService } from './policy.service.js';

const ME = 'user-1';
const OTHER = 'user-2';
const mine = (isDraft: boolean) => ({ createdById: ME, isDraft });
const theirs = (isDraft: boolean) => ({ createdById: OTHER, isDraft });
const ADMIN_ONLY = [Action.ManageUsers, Action.ManageApiTokens, Action.ExportSubscribers, Action.EraseSubscribers, Action.ImportSubscribers];

describe('the permission table', () => {
  it('has a row for every action, and grants ADMIN everything on any resource', () => {
    for (const action of Object.values(Action)) {
      expect(PERMISSIONS[action]).toBeDefined();
      expect([action, PERMISSIONS[action][Role.ADMIN]]).toEqual([action, 'any']);
    }
  });

  it('keeps users, API tokens and subscriber data (export, erase, import) to ADMIN', () => {
    for (const action of ADMIN_ONLY) {
      expect(Object.values(Role).filter((role) => isAllowed(role, action, ME))).toEqual([Role.ADMIN]);
    }
  });

  it('lets EDITOR do everything about articles, taxonomy and authors', () => {
    for (const action of Object.values(Action).filter((action) => !ADMIN_ONLY.includes(action))) {
      expect([action, isAllowed(Role.EDITOR, action, ME, theirs(false))]).toEqual([action, true]);
    }
  });

  it('lets an AUTHOR create, edit and submit their own drafts only, and never publish', () => {
    expect(isAllowed(Role.AUTHOR, Action.CreateArticle, ME)).toBe(true);
    expect(isAllowed(Role.AUTHOR, Action.EditArticle, ME, mine(true))).toBe(true);
    expect(isAllowed(Role.AUTHOR, Action.SubmitArticleForReview, ME, mine(true))).toBe(true);
    expect(isAllowed(Role.AUTHOR, Action.EditArticle, ME, mine(false))).toBe(false);
    expect(isAllowed(Role.AUTHOR, Action.EditArticle, ME, theirs(true))).toBe(false);
    expect(isAllowed(Role.AUTHOR, Action.ViewDrafts, ME, mine(false))).toBe(true);
    expect(isAllowed(Role.AUTHOR, Action.ViewDrafts, ME, theirs(true))).toBe(false);
    for (const action of [Action.PublishArticle, Action.ScheduleArticle, Action.UnpublishArticle, Action.DeleteArticle, Action.RestoreArticle]) {
      expect(isAllowed(Role.AUTHOR, action, ME, mine(true))).toBe(false);
    }
  });

  it('lets a TRANSLATOR create translations and edit or submit them while drafts, and nothing else', () => {
    expect(isAllowed(Role.TRANSLATOR, Action.CreateTranslation, ME)).toBe(true);
    expect(isAllowed(Role.TRANSLATOR, Action.EditTranslation, ME, theirs(true))).toBe(true);
    expect(isAllowed(Role.TRANSLATOR, Action.SubmitTranslationForReview, ME, theirs(true))).toBe(true);
    expect(isAllowed(Role.TRANSLATOR, Action.EditTranslation, ME, theirs(false))).toBe(false);
    for (const action of [Action.CreateArticle, Action.EditArticle, Action.PublishArticle, Action.ManageTaxonomy]) {
      expect(isAllowed(Role.TRANSLATOR, action, ME, mine(true))).toBe(false);
    }
  });

  it('denies a scoped grant when the caller names no resource, or has no user (an API token)', () => {
    expect(isAllowed(Role.AUTHOR, Action.EditArticle, ME)).toBe(false);
    expect(isAllowed(Role.AUTHOR, Action.EditArticle, null, { createdById: null, isDraft: true })).toBe(false);
  });
});

describe('PolicyService', () => {
  const policy = new PolicyService();
  const author: Actor = { kind: 'user', userId: ME, role: Role.AUTHOR, sessionId: 's' };
  const codeOf = (run: () => unknown) => {
    try {
      run();
      return 'OK';
    } catch (error) {
      return (error as AppError).code;
    }
  };

  it('answers UNAUTHENTICATED to anonymous callers and FORBIDDEN to denied ones', () => {
    expect(codeOf(() => policy.assertAllowed(null, Action.CreateArticle))).toBe('UNAUTHENTICATED');
    expect(codeOf(() => policy.assertAllowed(author, Action.PublishArticle))).toBe('FORBIDDEN');
    expect(codeOf(() => policy.assertAllowed(author, Action.EditArticle, theirs(true)))).toBe('FORBIDDEN');
    expect(policy.assertAllowed(author, Action.EditArticle, mine(true))).toBe(author);
  });

  it('lets a guard pass a role with a scoped grant, leaving the resource check to the service', () => {
    expect(codeOf(() => policy.assertMayAttempt(author, Action.EditArticle))).toBe('OK');
    expect(codeOf(() => policy.assertMayAttempt(author, Action.ManageUsers))).toBe('FORBIDDEN');
    expect(codeOf(() => policy.assertMayAttempt(null, Action.EditArticle))).toBe('UNAUTHENTICATED');
    expect(policy.allows(author, Action.EditArticle, theirs(true))).toBe(false);
  });
});
