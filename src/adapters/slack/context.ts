import type { CoreDeps } from '../shared.ts';
import { SeenKeys } from '../shared.ts';

export interface SlackDeps extends CoreDeps {
  responseType: 'ephemeral' | 'in_channel';
  seen: SeenKeys;
}
