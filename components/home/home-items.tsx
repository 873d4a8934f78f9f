import { HomeLink } from "@/components/home/home-link";
import { Heading, Paragraph } from "@/components/ds/primitives";
import { dueOf, type HomeItem } from "@/lib/domain/home";
import { commonTexts } from "@/lib/i18n/common";
import type { Locale } from "@/lib/i18n/locale";
import { textsIn } from "@/lib/i18n/messages";

type HomeTexts = typeof commonTexts.nb.home;

/** The link's words (what to do) and the line under it (when, and of what). */
function texts(item: HomeItem, today: Date, t: HomeTexts): { title: string; detail: string } {
  switch (item.kind) {
    case "planDue":
      return { title: t.planDue(item.date, dueOf(item.date, today)), detail: item.roundTitle };
    case "changesRequested":
      return { title: t.changesRequested, detail: `${t.since(item.date)} · ${item.roundTitle}` };
    case "signoffRequested":
      return { title: t.signoffRequested, detail: `${t.since(item.date)} · ${item.roundTitle}` };
    case "figuresMissing":
      return { title: t.figuresMissing(item.year), detail: t.figuresMissingDetail };
    case "followUpMissing":
      return { title: t.followUpMissing(item.count), detail: t.followUpDetail(item.planTitle, item.date, item.hasDue) };
    case "awaitsReview":
      return { title: t.awaitsReview(item.agencyName), detail: `${t.submitted(item.date)} · ${item.roundTitle}` };
    case "overdue":
      return { title: t.overdue(item.agencyName), detail: `${t.overdueDetail(item.date, dueOf(item.date, today))} · ${item.roundTitle}` };
    case "agencyFiguresMissing":
      return { title: t.agencyFiguresMissing(item.agencyName, item.year), detail: t.since(item.date) };
    case "invited":
      return { title: t.invited(item.userName, item.email), detail: t.invitedOn(item.date) };
  }
}

/** What to do next, the most urgent first; each item a link to where it is done. */
export function HomeItems({
  items, more, today, heading, locale = "nb",
}: { items: HomeItem[]; more: number; today: Date; heading?: string; locale?: Locale }) {
  const t = textsIn(commonTexts, locale).home;
  return (
    <section aria-labelledby="hjem-gjore" className="flex flex-col gap-3">
      <Heading level={2} data-size="md" id="hjem-gjore">
        {heading ?? t.todo}
      </Heading>
      <ol className="flex flex-col gap-3">
        {items.map((item, i) => {
          const { title, detail } = texts(item, today, t);
          return (
            // A static list, in its order: several items may link to one page (agencies of one round).
            <li key={i} className="flex flex-col">
              <HomeLink href={item.href} className="font-semibold">
                {title}
              </HomeLink>
              <span>{detail}</span>
            </li>
          );
        })}
      </ol>
      {more > 0 && <Paragraph>{t.more(more)}</Paragraph>}
    </section>
  );
}
