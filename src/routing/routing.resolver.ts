import { Args, Context, Query, Resolver } from '@nestjs/graphql';
import { RouteArgs } from './dto/route.args.js';
import { RouteModel } from './models/route.model.js';
import { RouteService } from './route.service.js';

@Resolver(() => RouteModel)
export class RoutingResolver {
  constructor(private readonly routes: RouteService) {}

  @Query(() => RouteModel, { nullable: true, description: 'What a public path shows; null when nothing public is there (a 404).' })
  routeByPath(@Args() { path }: RouteArgs, @Context('req') request: object) {
    return this.routes.resolve(request, path);
  }
}
