/** The QualityReviewStore in memory, for unit tests and benchmarks (same semantics as the DynamoDB adapter). */
import type { QualityReviewStore } from '../ports.js';
import { HeldRow, ReviewDecision } from './review.js';

export class MemoryQualityReviewStore implements QualityReviewStore {
  private readonly held = new Map<string, HeldRow[]>();
  private readonly decided: ReviewDecision[] = [];

  async recordHeld(dataset: string, held: HeldRow[]): Promise<void> {
    this.held.set(dataset, held.map((h) => HeldRow.parse(h)));
  }

  async listHeld(dataset?: string): Promise<HeldRow[]> {
    const lists = dataset ? [this.held.get(dataset) ?? []] : [...this.held.values()];
    return structuredClone(lists.flat());
  }

  async decide(decision: ReviewDecision): Promise<void> {
    this.decided.push(ReviewDecision.parse(decision));
  }

  async decisions(dataset: string): Promise<ReviewDecision[]> {
    return structuredClone(this.decided.filter((d) => d.dataset === dataset));
  }
}
