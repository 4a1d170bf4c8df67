import { useTranslation } from 'react-i18next';
import { call } from '../../../api/client';
import { ConfirmDelete } from '../../../components/ConfirmDelete';
import { notifySuccess } from '../../../hooks/notify';

/** The delete methods of the catalogue's three lists; each refuses an entry still used by a plan row. */
type CatalogueDeleteMethod = 'interventions.delete' | 'fundingSources.delete' | 'convergenceActions.delete';

/** Asks before deleting a catalogue entry; the host's refusal ("still used") shows in the dialog. */
export function ConfirmCatalogueDelete({
  item,
  method,
  onClose,
}: {
  item: { id: string; name: string } | null;
  method: CatalogueDeleteMethod;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  return (
    <ConfirmDelete
      name={item?.name ?? null}
      onClose={onClose}
      onConfirm={async () => {
        const result = await call(method, { id: item?.id ?? '' });
        if (result.ok && item) notifySuccess(t('catalogue.deleted', { name: item.name }));
        return result;
      }}
    />
  );
}
