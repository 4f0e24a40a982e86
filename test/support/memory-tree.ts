/** An in-memory tree of stored node hashes, built with the production frontier code. */
import { appendLeaf, emptyFrontier, type Frontier, frontierRoot } from '../../src/core/log/frontier.ts';
import { hashLeaf, type NodeId } from '../../src/core/log/merkle.ts';
import { assembleProof, planConsistency, planInclusion } from '../../src/core/log/proofs.ts';

export class MemoryTree {
  readonly nodes = new Map<string, Uint8Array>();
  readonly roots: Uint8Array[] = [];
  private frontier: Frontier = emptyFrontier();

  constructor(readonly leaves: Uint8Array[] = []) {
    this.roots.push(frontierRoot(this.frontier));
    for (const leaf of leaves) this.add(leaf, false);
  }

  add(leaf: Uint8Array, record = true): void {
    if (record) this.leaves.push(leaf);
    const step = appendLeaf(this.frontier, hashLeaf(leaf));
    for (const n of step.created) this.nodes.set(`${n.id.level}/${n.id.index}`, n.hash);
    this.frontier = step.frontier;
    this.roots.push(frontierRoot(this.frontier));
  }

  node(id: NodeId): Uint8Array {
    const h = this.nodes.get(`${id.level}/${id.index}`);
    if (!h) throw new Error(`missing node ${id.level}/${id.index}`);
    return h;
  }

  leafHash(i: number): Uint8Array {
    return this.node({ level: 0, index: i });
  }

  inclusion(index: number, size: number): Uint8Array[] {
    return assembleProof(planInclusion(index, size), (id) => this.node(id));
  }

  consistency(from: number, to: number): Uint8Array[] {
    return assembleProof(planConsistency(from, to), (id) => this.node(id));
  }
}

export function numberedLeaves(n: number, label = 'leaf'): Uint8Array[] {
  return Array.from({ length: n }, (_, i) => new TextEncoder().encode(`${label} ${i}`));
}
