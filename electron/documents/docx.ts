import {
  AlignmentType,
  Document,
  Footer,
  Header,
  Packer,
  PageBreak,
  PageNumber,
  PageOrientation,
  Paragraph,
  TextRun,
  type Table,
} from 'docx';
import { TextWatermark } from 'docx/watermarks';
import { PAPER_MM, textWidthMm } from '../../shared/documents/geometry';
import type { Block, DocumentModel } from '../../shared/documents/model';
import { fields, heading, list, paragraph, signatures, type DocxContext } from './docx/blocks';
import { drawing } from './docx/drawing';
import { image } from './docx/image';
import { letterhead } from './docx/letterhead';
import { spacer, twips } from './docx/runs';
import { table, tableStyleId } from './docx/table';
import { DOCUMENT_FONT_FAMILY, type FontFamily } from './fonts';

const PAGE_NUMBER_SIZE = 9;

function blockContent(block: Block, context: DocxContext, fonts: FontFamily): (Paragraph | Table)[] {
  switch (block.kind) {
    case 'heading':
      return [heading(block, context)];
    case 'paragraph':
      return [paragraph(block, context)];
    case 'fields':
      return fields(block, context);
    case 'list':
      return list(block, context);
    case 'table':
      return table(block, context);
    case 'signatures':
      // An empty paragraph carries the space above, which a table cannot.
      return [spacer(block.spaceBefore ?? 0, true), signatures(block, context)];
    case 'pageBreak':
      return [new Paragraph({ children: [new PageBreak()] })];
    case 'drawing':
      return [drawing(block, fonts)];
    case 'image':
      return image(block, context);
  }
}

function pageNumberFooter(): Footer {
  return new Footer({
    children: [
      new Paragraph({
        alignment: AlignmentType.CENTER,
        children: [
          new TextRun({
            size: PAGE_NUMBER_SIZE * 2,
            children: ['Halaman ', PageNumber.CURRENT, ' dari ', PageNumber.TOTAL_PAGES],
          }),
        ],
      }),
    ],
  });
}

function watermarkHeader(text: string): Header {
  return new Header({
    children: [
      new Paragraph({
        children: [new TextWatermark({ text, font: DOCUMENT_FONT_FAMILY, bold: true, color: 'C0C0C0', opacity: 0.5 })],
      }),
    ],
  });
}

export interface DocxOptions {
  /**
   * Embeds the font family in the file (about 1.6 MB), so that Word on a machine without
   * Liberation Sans shows the document as printed instead of substituting another font.
   */
  embedFonts?: boolean;
}

/** Draws a document model as DOCX: the same blocks, measures and text as the PDF. */
export function renderDocx(model: DocumentModel, fonts: FontFamily, options: DocxOptions = {}): Promise<Buffer> {
  const context: DocxContext = { textWidthMm: textWidthMm(model.page), fontSize: model.fontSize };
  const paper = PAPER_MM[model.page.paper];
  const { margins } = model.page;
  const children = [
    ...(model.letterhead ? letterhead(model.letterhead, context) : []),
    ...model.body.flatMap((block) => blockContent(block, context, fonts)),
  ];
  const tableSizes = new Set(
    model.body.flatMap((block) =>
      block.kind === 'table' && block.size !== undefined && block.size !== model.fontSize ? [block.size] : [],
    ),
  );
  const document = new Document({
    title: model.title,
    creator: 'Sirakor',
    fonts:
      options.embedFonts === false
        ? []
        : [
            {
              name: DOCUMENT_FONT_FAMILY,
              data: fonts.regular,
              bold: fonts.bold,
              italic: fonts.italic,
              boldItalic: fonts.boldItalic,
            },
          ],
    styles: {
      default: {
        document: {
          run: { font: DOCUMENT_FONT_FAMILY, size: model.fontSize * 2 },
          paragraph: { spacing: { before: 0, after: 0 } },
        },
      },
      paragraphStyles: [...tableSizes].map((size) => ({
        id: tableStyleId(size),
        name: `Table Text ${size}`,
        basedOn: 'Normal',
        run: { size: size * 2 },
      })),
    },
    sections: [
      {
        properties: {
          page: {
            // docx swaps width and height itself for landscape.
            size: {
              width: twips(paper.width),
              height: twips(paper.height),
              orientation:
                model.page.orientation === 'landscape' ? PageOrientation.LANDSCAPE : PageOrientation.PORTRAIT,
            },
            margin: {
              top: twips(margins.top),
              right: twips(margins.right),
              bottom: twips(margins.bottom),
              left: twips(margins.left),
              header: twips(margins.top / 2),
              footer: twips(margins.bottom / 2),
            },
          },
        },
        headers: model.watermark ? { default: watermarkHeader(model.watermark) } : undefined,
        footers: model.pageNumbers ? { default: pageNumberFooter() } : undefined,
        children,
      },
    ],
  });
  return Packer.toBuffer(document);
}
