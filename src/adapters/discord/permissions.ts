import { PermissionFlagsBits } from 'discord.js';

/** Every channel permission the bot uses, and what for. The invite link grants exactly these. */
export const BOT_PERMISSIONS = {
  ViewChannel: 'see the channel where it is mentioned or posts the digest',
  SendMessages: 'answer, and post the digest',
  SendMessagesInThreads: 'answer a mention inside a thread',
  EmbedLinks: 'the sources embed that every [n] in an answer points at (without it Discord drops the embed)',
  ReadMessageHistory: 'reply to the message that asked',
} as const satisfies Partial<Record<keyof typeof PermissionFlagsBits, string>>;

/** The permissions integer of the invite link. */
export const INVITE_PERMISSIONS: bigint = (Object.keys(BOT_PERMISSIONS) as (keyof typeof BOT_PERMISSIONS)[]).reduce(
  (bits, name) => bits | PermissionFlagsBits[name],
  0n,
);

/** The link that adds the bot to a server with the bot and applications.commands scopes and these permissions. */
export function inviteUrl(applicationId: string): string {
  return `https://discord.com/oauth2/authorize?client_id=${applicationId}&scope=bot%20applications.commands&permissions=${INVITE_PERMISSIONS}`;
}
