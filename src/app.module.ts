import { Module, type DynamicModule } from '@nestjs/common';
import { APP_PIPE } from '@nestjs/core';
import { GraphQLModule } from '@nestjs/graphql';
import type { DataSource } from 'typeorm';
import { ApiModule } from './api/api.module.js';
import { ArticlesModule } from './articles/articles.module.js';
import { CommonModule } from './common/common.module.js';
import { createValidationPipe } from './common/validation.js';
import type { AppConfig } from './config/app-config.js';
import { ConfigModule } from './config/config.module.js';
import { DatabaseModule } from './database/database.module.js';
import { graphqlOptions } from './graphql/graphql.options.js';
import { HealthModule } from './health/health.module.js';
import { RoutingModule } from './routing/routing.module.js';
import { SearchModule } from './search/search.module.js';
import { NewsletterModule } from './newsletter/newsletter.module.js';

export type ModuleImports = NonNullable<DynamicModule['imports']>;

@Module({})
export class AppModule {
  /** `extraImports`: modules the e2e tests add, such as a probe mutation before the schema has a real one. */
  static forRoot(config: AppConfig, dataSource: DataSource, extraImports: ModuleImports = []): DynamicModule {
    return {
      module: AppModule,
      imports: [
        ConfigModule.forRoot(config),
        DatabaseModule.forRoot(dataSource),
        CommonModule,
        GraphQLModule.forRoot(graphqlOptions(config)),
        HealthModule,
        ArticlesModule,
        RoutingModule,
        SearchModule,
        ApiModule,
        NewsletterModule,
        ...extraImports,
      ],
      providers: [{ provide: APP_PIPE, useFactory: createValidationPipe }],
    };
  }
}
