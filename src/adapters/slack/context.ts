import type { CoreDeps } from '../shared.ts';
import { SeenKeys } from '../shared.ts';
import type { ShareStore } from './shares.ts';

export interface SlackDeps extends CoreDeps {
  responseType: 'ephemeral' | 'in_channel';
  seen: SeenKeys;
  shares: ShareStore;
}
