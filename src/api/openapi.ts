import type { INestApplication } from '@nestjs/common';
import { DocumentBuilder, SwaggerModule, type OpenAPIObject } from '@nestjs/swagger';
import { ApiModule } from './api.module.js';

/** The OpenAPI 3.1 document of the REST API, generated from the controllers and their DTOs. */
export function openApiDocument(app: INestApplication): OpenAPIObject {
  const config = new DocumentBuilder()
    .setOpenAPIVersion('3.1.0')
    .setTitle('Redazione REST API')
    .setDescription(
      'Read API for news frontends: the same content, visibility and fallbacks as the GraphQL API at /graphql. ' +
        'Errors are RFC 9457 problem details (application/problem+json) with the codes of the GraphQL API.',
    )
    .setVersion('1')
    .build();
  return SwaggerModule.createDocument(app, config, { include: [ApiModule] });
}

/** Serves the document at /api/docs/openapi.json and a browsable page at /api/docs. */
export function serveOpenApi(app: INestApplication): void {
  SwaggerModule.setup('api/docs', app, () => openApiDocument(app), { jsonDocumentUrl: 'api/docs/openapi.json', yamlDocumentUrl: 'api/docs/openapi.yaml' });
}
