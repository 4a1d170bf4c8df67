// The labels moved to shared/ (the WhatsApp messages are composed there too); kept here for the
// documents that import them from this path.
export { SECTOR_LABELS_ID, STATUS_LABELS_ID } from '../../shared/domain/indonesian-labels';
