import { createListStore } from './list-store';
import { PAGE_SIZE } from './directory';

export const useMeetingsList = createListStore('meetings.list', { query: '', limit: PAGE_SIZE, offset: 0 });
