import { Args, Query, Resolver } from '@nestjs/graphql';
import { SearchArgs } from './dto/search.args.js';
import { SearchHitConnection, SearchHitModel } from './models/search-hit.model.js';
import { SearchService } from './search.service.js';

@Resolver(() => SearchHitModel)
export class SearchResolver {
  constructor(private readonly searchService: SearchService) {}

  @Query(() => SearchHitConnection, {
    description:
      'Full-text search over the published articles of one locale: title matches first, then by relevance, then newest. ' +
      'It ranks the newest SEARCH_MAX_MATCHES matches (1,000 by default), so totalCount is at most that.',
  })
  search(@Args() args: SearchArgs) {
    return this.searchService.search(args);
  }
}
