import { ActionIcon, Alert, Button, Center, Group, Loader, Stack, Text, Tooltip } from '@mantine/core';
import { IconArrowsHorizontal, IconZoomIn, IconZoomOut } from '@tabler/icons-react';
import { GlobalWorkerOptions, getDocument } from 'pdfjs-dist';
import workerUrl from 'pdfjs-dist/build/pdf.worker.min.mjs?url';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';

GlobalWorkerOptions.workerSrc = workerUrl;

/** At most this many pages are drawn: the preview is for checking, the file is for printing. */
const MAX_PAGES = 12;
/** Zoom steps, in percent of the pane's width (100 = a page fills the pane). */
const ZOOMS = [50, 75, 100, 125, 150, 200] as const;
/** Pages are drawn sharp enough for 150 % on an ordinary screen. */
const RENDER_SCALE = 1.6;

/**
 * Draws a PDF's pages onto canvases with pdf.js, the same in the desktop window and in a
 * browser, without a PDF plugin and without eval (the CSP forbids it). The pages scroll inside
 * their own pane, under a zoom bar, so the document's settings beside them stay in view.
 */
export default function PdfPreview({ data }: { data: Uint8Array }) {
  const { t } = useTranslation();
  const container = useRef<HTMLDivElement>(null);
  const [state, setState] = useState<'loading' | 'done' | 'failed'>('loading');
  const [zoom, setZoom] = useState<number>(100);

  useEffect(() => {
    let cancelled = false;
    const task = getDocument({ data: data.slice(), isEvalSupported: false });
    void (async () => {
      try {
        const pdf = await task.promise;
        const target = container.current;
        if (!target) return;
        target.replaceChildren();
        for (let number = 1; number <= Math.min(pdf.numPages, MAX_PAGES) && !cancelled; number++) {
          const page = await pdf.getPage(number);
          const viewport = page.getViewport({ scale: RENDER_SCALE });
          const canvas = document.createElement('canvas');
          canvas.width = viewport.width;
          canvas.height = viewport.height;
          canvas.style.boxShadow = '0 1px 4px rgba(0,0,0,.25)';
          canvas.style.flex = 'none';
          canvas.setAttribute('role', 'img');
          canvas.setAttribute('aria-label', t('documents.page', { number }));
          target.append(canvas);
          await page.render({ canvas, viewport }).promise;
        }
        if (!cancelled) setState('done');
      } catch {
        if (!cancelled) setState('failed');
      }
    })();
    return () => {
      cancelled = true;
      void task.destroy();
    };
  }, [data, t]);

  // The canvases are made by pdf.js, outside React: their width follows the zoom here.
  useEffect(() => {
    for (const canvas of container.current?.querySelectorAll('canvas') ?? []) canvas.style.width = `${zoom}%`;
  }, [zoom, state]);

  const index = ZOOMS.indexOf(zoom as (typeof ZOOMS)[number]);
  return (
    <Stack gap="xs" data-testid="pdf-preview" data-state={state}>
      <Group gap={4} justify="flex-end">
        <Tooltip label={t('documents.zoomOut')}>
          <ActionIcon
            variant="default"
            aria-label={t('documents.zoomOut')}
            disabled={index <= 0}
            onClick={() => setZoom(ZOOMS[index - 1] ?? zoom)}
          >
            <IconZoomOut size={16} />
          </ActionIcon>
        </Tooltip>
        <Text size="sm" w={48} ta="center" aria-live="polite" data-testid="preview-zoom">
          {zoom}%
        </Text>
        <Tooltip label={t('documents.zoomIn')}>
          <ActionIcon
            variant="default"
            aria-label={t('documents.zoomIn')}
            disabled={index >= ZOOMS.length - 1}
            onClick={() => setZoom(ZOOMS[index + 1] ?? zoom)}
          >
            <IconZoomIn size={16} />
          </ActionIcon>
        </Tooltip>
        <Button
          size="compact-sm"
          variant="default"
          leftSection={<IconArrowsHorizontal size={14} />}
          disabled={zoom === 100}
          onClick={() => setZoom(100)}
        >
          {t('documents.zoomFit')}
        </Button>
      </Group>
      {state === 'loading' ? (
        <Center py="md">
          <Loader size="sm" />
        </Center>
      ) : null}
      {state === 'failed' ? <Alert color="red">{t('documents.previewFailed')}</Alert> : null}
      <Stack
        gap="md"
        ref={container}
        data-testid="preview-scroller"
        tabIndex={0}
        aria-label={t('documents.pages')}
        // `safe center`: a page zoomed wider than the pane starts at its left edge, not cut off.
        style={{ maxHeight: 'calc(100dvh - 220px)', overflow: 'auto', padding: 4, alignItems: 'safe center' }}
      />
    </Stack>
  );
}
