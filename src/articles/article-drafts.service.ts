import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { Action, PolicyService, type Actor } from '../auth/index.js';
import { loadVersion, policyResourceOf } from './article-editing.service.js';
import { ArticleRevision } from './entities/article-revision.entity.js';
import type { ArticleRevisionModel, PreviewTokenModel } from './models/article-revision.model.js';
import { PreviewTokens } from './preview-tokens.js';

/** Editorial reads of unpublished material: a version's revisions, and preview links to it. */
@Injectable()
export class ArticleDraftsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly policy: PolicyService,
    private readonly previewTokens: PreviewTokens,
  ) {}

  /** Every save of a version, newest first. */
  async revisions(actor: Actor | null, id: string): Promise<ArticleRevisionModel[]> {
    await this.assertMayView(actor, id);
    const revisions = await this.dataSource.getRepository(ArticleRevision).find({ where: { articleId: id }, order: { version: 'DESC' } });
    return revisions.map((revision) => ({ ...revision.snapshot, version: revision.version, changedFields: revision.changedFields, createdById: revision.createdById, createdAt: revision.createdAt }));
  }

  /** A signed link to read this one version through the public queries, for PREVIEW_TOKEN_TTL_SECONDS. */
  async createPreviewToken(actor: Actor | null, id: string): Promise<PreviewTokenModel> {
    await this.assertMayView(actor, id);
    return this.previewTokens.sign(id);
  }

  private async assertMayView(actor: Actor | null, id: string): Promise<void> {
    const article = await loadVersion(this.dataSource.manager, id);
    this.policy.assertAllowed(actor, Action.ViewDrafts, policyResourceOf(article));
  }
}
