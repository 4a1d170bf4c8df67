import { Alert, Center, Loader, Stack } from '@mantine/core';
import { GlobalWorkerOptions, getDocument } from 'pdfjs-dist';
import workerUrl from 'pdfjs-dist/build/pdf.worker.min.mjs?url';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';

GlobalWorkerOptions.workerSrc = workerUrl;

/** At most this many pages are drawn: the preview is for checking, the file is for printing. */
const MAX_PAGES = 12;

/**
 * Draws a PDF's pages onto canvases with pdf.js, the same in the desktop window and in a
 * browser, without a PDF plugin and without eval (the CSP forbids it).
 */
export default function PdfPreview({ data }: { data: Uint8Array }) {
  const { t } = useTranslation();
  const container = useRef<HTMLDivElement>(null);
  const [state, setState] = useState<'loading' | 'done' | 'failed'>('loading');

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
          const viewport = page.getViewport({ scale: 1.3 });
          const canvas = document.createElement('canvas');
          canvas.width = viewport.width;
          canvas.height = viewport.height;
          canvas.style.width = '100%';
          canvas.style.boxShadow = '0 1px 4px rgba(0,0,0,.25)';
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

  return (
    <Stack gap="sm" data-testid="pdf-preview" data-state={state}>
      {state === 'loading' ? (
        <Center py="md">
          <Loader size="sm" />
        </Center>
      ) : null}
      {state === 'failed' ? <Alert color="red">{t('documents.previewFailed')}</Alert> : null}
      <Stack gap="md" ref={container} />
    </Stack>
  );
}
