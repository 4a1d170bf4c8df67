import { Button, Drawer, Group, Modal, Text, type ButtonProps, type DrawerProps, type ModalProps } from '@mantine/core';
import {
  createContext,
  useCallback,
  useContext,
  useEffect,
  useId,
  useMemo,
  useRef,
  useState,
  type ReactNode,
} from 'react';
import { useTranslation } from 'react-i18next';

interface Guard {
  setDirty(id: string, dirty: boolean): void;
  /** Runs `close` at once, or after the user agreed to drop the changes of a form inside. */
  requestClose(close: () => void): void;
  /** Whether a form inside holds unsaved changes. */
  hasChanges(): boolean;
}

const GuardContext = createContext<Guard | null>(null);

/**
 * Whether an Esc pressed on `target` is meant for a popup (a select's options, a date picker, a
 * menu) rather than the dialog around it: the popup closes, the dialog stays.
 */
export function escapeBelongsToPopup(target: EventTarget | null): boolean {
  if (!(target instanceof Element)) return false;
  if (target.getAttribute('aria-expanded') === 'true') return true;
  if (target.getAttribute('data-mantine-stop-propagation') === 'true') return true;
  return target.closest('.mantine-Popover-dropdown, [role="listbox"]') !== null;
}

/**
 * The close request of a dialog or drawer holding forms: Esc (unless a popup inside takes it),
 * the close button, a click outside and the forms' Batal all come here; with unsaved changes the
 * user is asked first. Changes are registered by the forms with `useUnsavedChanges`.
 */
function useGuard(opened: boolean, onClose: () => void) {
  const dirty = useRef(new Set<string>());
  const [pending, setPending] = useState<(() => void) | null>(null);
  const asking = useRef(false);
  const latestClose = useRef(onClose);
  useEffect(() => {
    latestClose.current = onClose;
  }, [onClose]);

  const guard = useMemo<Guard>(
    () => ({
      setDirty(id, isDirty) {
        if (isDirty) dirty.current.add(id);
        else dirty.current.delete(id);
      },
      requestClose(close) {
        if (asking.current) return;
        if (dirty.current.size === 0) return close();
        asking.current = true;
        setPending(() => close);
      },
      hasChanges: () => dirty.current.size > 0,
    }),
    [],
  );

  useEffect(() => {
    if (!opened) return;
    const onKey = (event: KeyboardEvent) => {
      if (event.key !== 'Escape' || event.isComposing || escapeBelongsToPopup(event.target)) return;
      guard.requestClose(() => latestClose.current());
    };
    // Capture, like Mantine's own handler: the popups' handlers close them before the dialog sees the key.
    window.addEventListener('keydown', onKey, { capture: true });
    return () => window.removeEventListener('keydown', onKey, { capture: true });
  }, [opened, guard]);

  const answer = (discard: boolean) => {
    const close = pending;
    asking.current = false;
    setPending(null);
    // The forms that are dropped unmount, which takes their changes off the list.
    if (discard && close) close();
  };

  const close = () => guard.requestClose(() => latestClose.current());
  /** Dropped changes whose forms have not unmounted yet stop counting. */
  const forget = useCallback(() => dirty.current.clear(), []);
  return { guard, close, forget, confirm: <DiscardConfirm opened={pending !== null} onAnswer={answer} /> };
}

function DiscardConfirm({ opened, onAnswer }: { opened: boolean; onAnswer: (discard: boolean) => void }) {
  const { t } = useTranslation();
  return (
    <Modal opened={opened} onClose={() => onAnswer(false)} title={t('formGuard.title')} zIndex={400} centered>
      <Text size="sm" mb="md">
        {t('formGuard.message')}
      </Text>
      <Group justify="flex-end">
        <Button variant="default" color="red" onClick={() => onAnswer(true)}>
          {t('formGuard.discard')}
        </Button>
        <Button data-autofocus onClick={() => onAnswer(false)}>
          {t('formGuard.keepEditing')}
        </Button>
      </Group>
    </Modal>
  );
}

/**
 * A Mantine Modal whose forms never close with unsaved changes without asking. `dirty` is for a
 * dialog whose own state is the form (held by the component that renders the modal, outside the
 * forms' context); its Batal is a `GuardedCancelButton`.
 */
export function GuardedModal({
  opened,
  onClose,
  children,
  dirty = false,
  ...props
}: ModalProps & { children: ReactNode; dirty?: boolean }) {
  const { guard, close, confirm } = useGuard(opened, onClose);
  const id = useId();
  useEffect(() => {
    guard.setDirty(id, opened && dirty);
  }, [guard, id, opened, dirty]);
  return (
    <GuardContext.Provider value={guard}>
      <Modal {...props} opened={opened} onClose={close} closeOnEscape={false}>
        {children}
      </Modal>
      {confirm}
    </GuardContext.Provider>
  );
}

/**
 * The forms of a page itself (Pengaturan's cards, not those in dialogs): going to another page
 * (the sidebar, Ctrl+K, a link, the browser's Back) while one holds unsaved changes asks first,
 * like closing a dialog. Every change of page is a hash change; this listener runs in the capture
 * phase, before the router's, stops the router from seeing it and puts the old address back
 * until the user agreed to drop the changes.
 */
export function PageLeaveGuard({ children }: { children: ReactNode }) {
  const { guard, forget, confirm } = useGuard(false, () => undefined);
  useEffect(() => {
    const onHashChange = (event: HashChangeEvent) => {
      if (!guard.hasChanges()) return;
      event.stopImmediatePropagation();
      const { oldURL, newURL } = event;
      history.replaceState(history.state, '', oldURL);
      guard.requestClose(() => {
        // Dropped: the page's forms unmount with it, and must not ask again on the way out.
        forget();
        history.pushState(null, '', newURL);
        window.dispatchEvent(new HashChangeEvent('hashchange', { oldURL, newURL }));
      });
    };
    window.addEventListener('hashchange', onHashChange, { capture: true });
    return () => window.removeEventListener('hashchange', onHashChange, { capture: true });
  }, [guard, forget]);
  return (
    <GuardContext.Provider value={guard}>
      {children}
      {confirm}
    </GuardContext.Provider>
  );
}

/** A Mantine Drawer whose forms never close with unsaved changes without asking. */
export function GuardedDrawer({ opened, onClose, children, ...props }: DrawerProps & { children: ReactNode }) {
  const { guard, close, confirm } = useGuard(opened, onClose);
  return (
    <GuardContext.Provider value={guard}>
      <Drawer {...props} opened={opened} onClose={close} closeOnEscape={false}>
        {children}
      </Drawer>
      {confirm}
    </GuardContext.Provider>
  );
}

/** Tells the dialog or drawer around a form whether it holds unsaved changes. */
export function useUnsavedChanges(dirty: boolean): void {
  const guard = useContext(GuardContext);
  const id = useId();
  useEffect(() => {
    guard?.setDirty(id, dirty);
  }, [guard, id, dirty]);
  useEffect(() => () => guard?.setDirty(id, false), [guard, id]);
}

/** A Batal button inside a guarded dialog: asks first when the dialog holds unsaved changes. */
export function GuardedCancelButton({ onCancel, ...props }: ButtonProps & { onCancel: () => void }) {
  const cancel = useGuardedCancel(onCancel);
  return <Button variant="default" {...props} onClick={cancel} />;
}

/** A form's Batal: asks first when the form has unsaved changes (inside a guarded dialog or drawer). */
export function useGuardedCancel(onCancel: () => void): () => void {
  const guard = useContext(GuardContext);
  return () => (guard ? guard.requestClose(onCancel) : onCancel());
}
