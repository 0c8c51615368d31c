import { Module, type DynamicModule } from '@nestjs/common';
import { APP_PIPE } from '@nestjs/core';
import { GraphQLModule } from '@nestjs/graphql';
import type { DataSource } from 'typeorm';
import { ApiModule } from './api/api.module.js';
import { ArticlesModule } from './articles/articles.module.js';
import { AuthModule } from './auth/auth.module.js';
import { ResponseCacheModule } from './cache/response-cache.module.js';
import { ChangesModule } from './changes/changes.module.js';
import { CommonModule } from './common/common.module.js';
import { createValidationPipe } from './common/validation.js';
import type { AppConfig } from './config/app-config.js';
import { ConfigModule } from './config/config.module.js';
import { DatabaseModule } from './database/database.module.js';
import { FeedsModule } from './feeds/feeds.module.js';
import { graphqlOptions } from './graphql/graphql.options.js';
import { HealthModule } from './health/health.module.js';
import { RoutingModule } from './routing/routing.module.js';
import { SearchModule } from './search/search.module.js';
import { TranslationsModule } from './translations/translations.module.js';
import { NewsletterModule } from './newsletter/newsletter.module.js';
import { WebhooksModule } from './webhooks/webhooks.module.js';

@Module({})
export class AppModule {
  static forRoot(config: AppConfig, dataSource: DataSource): DynamicModule {
    return {
      module: AppModule,
      imports: [
        ConfigModule.forRoot(config),
        DatabaseModule.forRoot(dataSource),
        CommonModule,
        ChangesModule,
        ResponseCacheModule,
        GraphQLModule.forRoot(graphqlOptions(config)),
        HealthModule,
        AuthModule,
        ArticlesModule,
        RoutingModule,
        SearchModule,
        TranslationsModule,
        FeedsModule,
        ApiModule,
        NewsletterModule,
        WebhooksModule,
      ],
      providers: [{ provide: APP_PIPE, useFactory: createValidationPipe }],
    };
  }
}
