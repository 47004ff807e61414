import type { CoreDeps, Dedup } from '../shared.ts';
import type { FeedbackStore } from '../../state/feedback.ts';
import type { ShareStore } from './shares.ts';

export interface SlackDeps extends CoreDeps {
  responseType: 'ephemeral' | 'in_channel';
  seen: Dedup;
  shares: ShareStore;
  /** 👍/👎 votes (the state DB, else memory). */
  feedback: FeedbackStore;
}
