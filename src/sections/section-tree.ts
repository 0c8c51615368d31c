/** One section with its names in one locale (or the fallback locale). */
export interface SectionNode {
  id: string;
  parentId: string | null;
  position: number;
  name: string;
  slug: string;
  description: string | null;
  locale: string;
  servedLocale: string;
  isFallback: boolean;
}

/** The whole section tree in one locale: small enough to hold in memory for a request. */
export class SectionTree {
  private readonly byId: Map<string, SectionNode>;
  private readonly childrenOf = new Map<string | null, SectionNode[]>();

  constructor(readonly nodes: SectionNode[]) {
    this.byId = new Map(nodes.map((node) => [node.id, node]));
    for (const node of nodes) this.childrenOf.set(node.parentId, [...(this.childrenOf.get(node.parentId) ?? []), node]);
    for (const children of this.childrenOf.values()) children.sort((a, b) => a.position - b.position || a.name.localeCompare(b.name));
  }

  get(id: string): SectionNode | undefined {
    return this.byId.get(id);
  }

  bySlug(slug: string): SectionNode | undefined {
    return this.nodes.find((node) => node.slug === slug);
  }

  roots(): SectionNode[] {
    return this.children(null);
  }

  children(id: string | null): SectionNode[] {
    return this.childrenOf.get(id) ?? [];
  }

  /** From the root down to the parent: the breadcrumb above a section. */
  ancestors(id: string): SectionNode[] {
    const chain: SectionNode[] = [];
    let node = this.byId.get(id);
    while (node?.parentId) {
      node = this.byId.get(node.parentId);
      if (!node || chain.includes(node)) break;
      chain.unshift(node);
    }
    return chain;
  }

  /** The section and everything below it. */
  subtreeIds(id: string): string[] {
    return [id, ...this.children(id).flatMap((child) => this.subtreeIds(child.id))];
  }
}
