import {
  ButtonStyle,
  ComponentType,
  type APIActionRowComponent,
  type APIComponentInMessageActionRow,
} from "discord.js";
import { DISCORD_LIMITS, truncate } from "../limits.js";
import type { DiscordView } from "./view.js";

type Row = APIActionRowComponent<APIComponentInMessageActionRow>;

/**
 * Custom id prefixes: page turn, reveal, choice, follow-up thread. Ids look like
 * `nd:p:<session>:<page>`.
 */
export const CUSTOM_ID = {
  page: "nd:p",
  reveal: "nd:r",
  choose: "nd:c",
  followUp: "nd:f",
} as const;

/** The rows of buttons and menus for page `page` of `view`, stored under session `sid`. */
export function viewComponents(view: DiscordView, sid: string, page: number): Row[] {
  const rows: Row[] = [];
  const buttons: APIComponentInMessageActionRow[] = [];
  const count = view.pages.length;
  if (count > 1) {
    buttons.push(
      {
        type: ComponentType.Button,
        style: ButtonStyle.Secondary,
        label: "Previous",
        custom_id: `${CUSTOM_ID.page}:${sid}:${page - 1}`,
        disabled: page === 0,
      },
      {
        type: ComponentType.Button,
        style: ButtonStyle.Secondary,
        label: `${page + 1} / ${count}`,
        custom_id: `${CUSTOM_ID.page}:${sid}:x`,
        disabled: true,
      },
      {
        type: ComponentType.Button,
        style: ButtonStyle.Secondary,
        label: "Next",
        custom_id: `${CUSTOM_ID.page}:${sid}:${page + 1}`,
        disabled: page >= count - 1,
      },
    );
  }
  if (view.reveal) {
    buttons.push({
      type: ComponentType.Button,
      style: ButtonStyle.Primary,
      label: view.reveal.label,
      custom_id: `${CUSTOM_ID.reveal}:${sid}`,
    });
  }
  if (view.followUp) {
    buttons.push({
      type: ComponentType.Button,
      style: ButtonStyle.Secondary,
      label: "Follow up",
      custom_id: `${CUSTOM_ID.followUp}:${sid}`,
    });
  }
  if (buttons.length > 0) rows.push({ type: ComponentType.ActionRow, components: buttons });
  if (view.choose) {
    rows.push({
      type: ComponentType.ActionRow,
      components: [
        {
          type: ComponentType.StringSelect,
          custom_id: `${CUSTOM_ID.choose}:${sid}`,
          placeholder: truncate(view.choose.placeholder, 150),
          options: view.choose.options.slice(0, DISCORD_LIMITS.choices).map((o) => ({
            label: truncate(o.label, DISCORD_LIMITS.choiceName),
            value: truncate(o.value, DISCORD_LIMITS.choiceValue),
            ...(o.description
              ? { description: truncate(o.description, DISCORD_LIMITS.choiceName) }
              : {}),
          })),
        },
      ],
    });
  }
  return rows;
}

/** Whether a view needs a session (anything to press). */
export function isInteractive(view: DiscordView): boolean {
  return (
    view.pages.length > 1 ||
    view.reveal !== undefined ||
    view.choose !== undefined ||
    view.followUp !== undefined
  );
}
