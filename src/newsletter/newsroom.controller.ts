import { Controller, Get, HttpCode, Logger, Post, Query, Req, Res } from '@nestjs/common';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import type { Request, Response } from 'express';
import { Action, Allow, CurrentActor, type Actor } from '../auth/index.js';
import { AppError } from '../common/errors.js';
import { ImportListsArgs, SubscriberFilterArgs } from './dto/newsroom.args.js';
import { SubscriberExportService } from './subscriber-export.service.js';
import { SubscriberImportService } from './subscriber-import.service.js';

/** The newsroom's bulk subscriber transfers over REST (ADMIN, Bearer tokens as for GraphQL): CSV out and in. */
@Controller('api/newsletter')
export class NewsroomController {
  private readonly logger = new Logger('NewsroomController');

  constructor(
    private readonly exports: SubscriberExportService,
    private readonly imports: SubscriberImportService,
  ) {}

  /**
   * The subscriber CSV, streamed: lines go out as the client reads them (backpressure through the
   * pipeline), so neither the file nor the table is ever held in memory. A client that goes away stops
   * the reading. Errors before the first line are problem+json; one after it cuts the download short.
   */
  @Get('subscribers.csv')
  @Allow(Action.ExportSubscribers)
  async exportCsv(@CurrentActor() actor: Actor | null, @Query() filter: SubscriberFilterArgs, @Res() response: Response): Promise<void> {
    const lines = await this.exports.csv(actor, filter);
    const date = new Date().toISOString().slice(0, 10);
    response
      .status(200)
      .type('text/csv; charset=utf-8')
      .setHeader('Content-Disposition', `attachment; filename="newsletter-subscribers-${date}.csv"`)
      .setHeader('Cache-Control', 'no-store');
    await pipeline(Readable.from(lines), response).catch((error: unknown) => {
      // The client went away (nothing to do), or reading failed mid-file: the unterminated chunked body tells the client.
      if ((error as { code?: string }).code !== 'ERR_STREAM_PREMATURE_CLOSE') this.logger.warn(`subscriber export cut short: ${String(error)}`);
      if (!response.destroyed) response.destroy();
    });
  }

  /** An import uploaded as `text/csv` and parsed as it streams in; the same report as the GraphQL mutation. */
  @Post('subscribers/import')
  @HttpCode(200)
  @Allow(Action.ImportSubscribers)
  importCsv(@CurrentActor() actor: Actor | null, @Query() { lists }: ImportListsArgs, @Req() request: Request) {
    if (!request.is('text/csv')) throw AppError.badInput('Send the CSV as the request body with Content-Type: text/csv');
    return this.imports.importCsv(actor, request, lists);
  }
}
