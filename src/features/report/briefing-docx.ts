import {
  AlignmentType,
  BorderStyle,
  Document,
  Footer,
  Packer,
  PageNumber,
  Paragraph,
  Table,
  TableCell,
  TableRow,
  TextRun,
  WidthType,
  convertMillimetersToTwip,
  type IRunOptions,
} from 'docx'
import type { Briefing } from '@/domain/briefing'
import { demandShare } from '@/domain/briefing-demands'
import { rankingWords, standingPhrase } from '@/domain/briefing-rank'
import { formatDate, formatPercent } from '@/lib/format'
import { tDocx } from '@/lib/strings/zh-cn-docx'
import { tp } from '@/lib/strings/page-strings'
import { t } from '@/lib/strings/strings'

// The 通报 as the Word document offices circulate (issue 28), laid out as an official notice (GB/T 9704
// 党政机关公文格式): A4, title in a 小标宋-like face, addressees, body in 仿宋 三号 with 黑体 headings, the
// tables, the issuing office and date (落款), page numbers "— 1 —" in the footer. Built in the browser from the
// same briefing the page shows; this module (and the `docx` library) is loaded only when the button is pressed.
// Fonts are named, not embedded: Word and LibreOffice substitute a Song/Fangsong face when one is missing.

const r = tp.report
const fonts = { title: '方正小标宋简体', heading: '黑体', body: '仿宋_GB2312', latin: 'Times New Roman' } as const
/** Sizes in half-points: 二号 22 pt (title), 三号 16 pt (body), 四号 14 pt, 小四 12 pt (tables). */
const sizes = { title: 44, body: 32, small: 28, table: 24 } as const
/** Two characters of 三号: the first-line indent of every body paragraph. */
const indent = 640

/**
 * Characters XML 1.0 cannot carry (C0 controls but tab and newlines, lone surrogates, U+FFFE/U+FFFF): a file
 * holding one is refused by Word. The text schemas refuse controls on input (model/common.ts); this keeps a row
 * that predates them from breaking the file. The library escapes markup (<, >, &) itself, so user text stays text.
 */
// eslint-disable-next-line no-control-regex
const controls = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/gu
/** With the `u` flag a surrogate range matches only a lone surrogate: a pair is one code point. */
const loneSurrogates = /[\uD800-\uDFFF]/gu
export const xmlSafe = (text: string) => text.replace(controls, '').replace(loneSurrogates, '')

const run = (text: string, font: string, size: number, options: Partial<IRunOptions> = {}) =>
  new TextRun({
    text: xmlSafe(text),
    font: { ascii: fonts.latin, hAnsi: fonts.latin, eastAsia: font, hint: 'eastAsia' },
    size,
    ...options,
  })

const body = (text: string) =>
  new Paragraph({
    children: [run(text, fonts.body, sizes.body)],
    indent: { firstLine: indent },
    alignment: AlignmentType.JUSTIFIED,
    spacing: { line: 560, lineRule: 'exact' },
  })

const heading = (text: string) =>
  new Paragraph({
    children: [run(text, fonts.heading, sizes.body)],
    indent: { firstLine: indent },
    spacing: { before: 240, after: 120, line: 560, lineRule: 'exact' },
    keepNext: true,
  })

const note = (text: string) =>
  new Paragraph({ children: [run(text, fonts.body, sizes.table)], spacing: { before: 60, after: 120 } })

const line = { style: BorderStyle.SINGLE, size: 4, color: '000000' } as const
const borders = { top: line, bottom: line, left: line, right: line, insideHorizontal: line, insideVertical: line }

/** A table in the notice's style: a bold header row repeated on every page, rows never split across pages. */
function table(
  head: readonly string[],
  rows: readonly (readonly (string | number)[])[],
  numeric: readonly number[] = [],
) {
  const cell = (text: string | number, column: number, bold = false) =>
    new TableCell({
      children: [
        new Paragraph({
          alignment: numeric.includes(column) ? AlignmentType.RIGHT : bold ? AlignmentType.CENTER : AlignmentType.LEFT,
          children: [run(String(text), bold ? fonts.heading : fonts.body, sizes.table)],
        }),
      ],
      margins: { left: 80, right: 80, top: 40, bottom: 40 },
    })
  return new Table({
    width: { size: 100, type: WidthType.PERCENTAGE },
    borders,
    rows: [
      new TableRow({
        tableHeader: true,
        cantSplit: true,
        children: head.map((text, column) => cell(text, column, true)),
      }),
      ...rows.map((row) => new TableRow({ cantSplit: true, children: row.map((text, column) => cell(text, column)) })),
    ],
  })
}

const rate = (share: number | null) => (share === null ? r.noSurvey : formatPercent(share))
const titled = (title: string, key: boolean) => (key ? `${title}${r.keyMark}` : title)

/** 2026-05-31 → 2026年5月31日, the date under the issuing office. */
const noticeDate = (date: string) => {
  const [year, month, day] = date.split('-').map(Number) as [number, number, number]
  return tDocx.date(year, month, day)
}

export function briefingTitleOf(briefing: Briefing): string {
  return briefing.unit ? tDocx.unitTitle(briefing.unit.name) : tDocx.title
}

/** The sections' paragraphs and tables, in the page's order. */
function sections(briefing: Briefing): (Paragraph | Table)[] {
  const blocks: (Paragraph | Table)[] = []
  const { overdue, redList, struckOff, demands, totals } = briefing
  const since = formatDate(briefing.since)

  blocks.push(
    heading(r.listsHeading),
    table(
      [r.list, r.total, r.done, r.completion, r.keyDone, r.overdue, r.red],
      briefing.lists.map((list) => [
        list.name,
        list.total,
        list.done,
        formatPercent(list.completion),
        list.hasKeyItems ? `${list.keyDone} / ${list.keyTotal}` : t.list.none,
        list.overdue,
        list.lights.red,
      ]),
      [1, 2, 3, 4, 5, 6],
    ),
  )

  if (briefing.rankings.length > 0) {
    blocks.push(heading(r.rankingHeading))
    for (const ranking of briefing.rankings) {
      const unranked = standingPhrase(ranking.standing)
      blocks.push(note(unranked ? `${r.unrankedCaption(ranking.name)}：${unranked}。` : r.rankingCaption(ranking.name)))
      const mine = (unitId: string) => (briefing.unit?.id === unitId ? r.thisUnit : '')
      const cells = ranking.rows.map((row) => [
        `${row.unitName}${mine(row.unitId)}`,
        row.total,
        row.done,
        formatPercent(row.completion),
        row.overdue,
        rate(row.satisfaction),
      ])
      const head = [r.unitName, r.total, r.done, r.completion, r.overdue, r.satisfaction]
      blocks.push(
        unranked
          ? table(head, cells, [1, 2, 3, 4, 5])
          : table(
              [r.rank, ...head],
              cells.map((row, index) => {
                const unit = ranking.rows[index]!
                return [rankingWords.place(unit.rank, unit.tied), ...row]
              }),
              [2, 3, 4, 5, 6],
            ),
      )
    }
  }

  blocks.push(heading(r.redListHeading(redList.total)), note(tp.redList.rule))
  if (redList.rows.length === 0) blocks.push(body(r.redListNone))
  else {
    if (redList.rows.length < redList.total) blocks.push(note(tDocx.shown(redList.rows.length, redList.total)))
    blocks.push(
      table(
        [r.code, r.itemTitle, r.unitName, tp.redList.reasonHeading],
        redList.rows.map((item) => [
          item.code,
          titled(item.title, item.key),
          item.unitName,
          tp.redList.reason(item.reason),
        ]),
      ),
    )
  }

  blocks.push(heading(r.overdueHeading(overdue.total)))
  if (overdue.rows.length === 0) blocks.push(body(r.overdueNone))
  else {
    if (overdue.rows.length < overdue.total) blocks.push(note(tDocx.shown(overdue.rows.length, overdue.total)))
    blocks.push(
      table(
        [r.code, r.itemTitle, r.unitName, r.deadline, r.daysOverdue, r.progress],
        overdue.rows.map((item) => [
          item.code,
          titled(item.title, item.key),
          item.unitName,
          formatDate(item.deadline),
          r.days(item.daysOverdue),
          `${item.progress}%`,
        ]),
        [4, 5],
      ),
    )
  }

  blocks.push(heading(r.struckOffHeading(since, struckOff.length)))
  if (struckOff.length === 0) blocks.push(body(r.struckOffNone))
  else
    blocks.push(
      table(
        [r.code, r.itemTitle, r.unitName, r.closedOn, r.surveyed, r.satisfaction],
        struckOff.map((item) => [
          item.code,
          titled(item.title, item.key),
          item.unitName,
          formatDate(item.closedOn),
          item.surveyed,
          rate(item.satisfaction),
        ]),
        [4, 5],
      ),
    )

  blocks.push(
    heading(r.satisfactionHeading),
    table(
      [r.list, r.surveyed, r.satisfied, r.satisfaction, r.closed, r.resolution],
      [
        ...briefing.lists.map((list) => [
          list.name,
          list.surveyed,
          list.satisfied,
          rate(list.satisfaction),
          list.closed,
          formatPercent(list.resolution),
        ]),
        [
          r.totalRow,
          totals.surveyed,
          totals.satisfied,
          rate(totals.satisfaction),
          totals.closed,
          formatPercent(totals.resolution),
        ],
      ],
      [1, 2, 3, 4, 5],
    ),
    note(r.satisfactionNote),
  )

  blocks.push(heading(r.demandsHeading))
  if (demands.collected === 0) blocks.push(body(r.demandsNone))
  else {
    blocks.push(
      table(
        [r.demandCollected, r.demandSince(since), r.demandAdopted, r.demandAnswered, r.demandRejected, r.demandPending],
        [
          [
            demands.collected,
            demands.collectedSince,
            `${demands.adopted}（${formatPercent(demandShare(demands.adopted, demands))}）`,
            demands.answered,
            `${demands.rejected}（${r.demandRejectedWithReason}${demands.rejectedWithReason}）`,
            demands.pending,
          ],
        ],
        [0, 1, 2, 3, 4, 5],
      ),
      note(r.demandsChannels),
      table(
        [r.demandChannel, r.demandCollected, r.demandAdopted, r.demandAnswered, r.demandRejected],
        [
          ...demands.channels
            .filter((row) => row.collected > 0)
            .map((row) => [tp.channel[row.channel], row.collected, row.adopted, row.answered, row.rejected]),
          [r.totalRow, demands.collected, demands.adopted, demands.answered, demands.rejected],
        ],
        [1, 2, 3, 4],
      ),
      note(r.demandsNote),
    )
  }
  return blocks
}

/** The notice as a `docx` Document (the tests read it back; the page packs it into a Blob). */
export function briefingDocument(briefing: Briefing): Document {
  const title = briefingTitleOf(briefing)
  const right = (text: string) =>
    new Paragraph({
      alignment: AlignmentType.RIGHT,
      indent: { right: indent * 2 },
      children: [run(text, fonts.body, sizes.body)],
    })
  return new Document({
    title,
    creator: tDocx.issuingOffice(briefing.campaignName),
    styles: { default: { document: { run: { size: sizes.body, font: fonts.body } } } },
    sections: [
      {
        properties: {
          page: {
            // A4 in twips as Word writes it (converting 210 × 297 mm rounds one twip short).
            size: { width: 11906, height: 16838 },
            margin: {
              top: convertMillimetersToTwip(37),
              bottom: convertMillimetersToTwip(35),
              left: convertMillimetersToTwip(28),
              right: convertMillimetersToTwip(26),
            },
          },
        },
        footers: {
          default: new Footer({
            children: [
              new Paragraph({
                alignment: AlignmentType.CENTER,
                children: [
                  new TextRun({
                    children: [tDocx.pageBefore, PageNumber.CURRENT, tDocx.pageAfter],
                    font: { ascii: fonts.latin, hAnsi: fonts.latin, eastAsia: fonts.body },
                    size: sizes.small,
                  }),
                ],
              }),
            ],
          }),
        },
        children: [
          new Paragraph({
            alignment: AlignmentType.CENTER,
            spacing: { after: 560 },
            children: [run(title, fonts.title, sizes.title)],
          }),
          new Paragraph({
            children: [
              run(briefing.unit ? tDocx.unitAddressees(briefing.unit.name) : tDocx.addressees, fonts.body, sizes.body),
            ],
            spacing: { line: 560, lineRule: 'exact' },
          }),
          body(tDocx.opening(briefing.unit?.name ?? briefing.campaignName, formatDate(briefing.asOf))),
          body(briefing.paragraph),
          ...sections(briefing),
          body(tDocx.closing),
          new Paragraph({ children: [], spacing: { before: 560 } }),
          right(tDocx.issuingOffice(briefing.campaignName)),
          right(noticeDate(briefing.asOf)),
        ],
      },
    ],
  })
}

export const docxType = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document'

/** The file's name: the title and the date it counts to. */
export const briefingFileName = (briefing: Briefing) => tDocx.fileName(briefingTitleOf(briefing), briefing.asOf)

/** The .docx as a Blob, ready for the browser's download. */
export function briefingDocx(briefing: Briefing): Promise<Blob> {
  return Packer.toBlob(briefingDocument(briefing))
}
