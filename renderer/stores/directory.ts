import { createListStore } from './list-store';

export const PAGE_SIZE = 50;

export const useInstitutionsList = createListStore('institutions.list', { query: '', limit: PAGE_SIZE, offset: 0 });

export const usePeopleList = createListStore('people.list', { query: '', limit: PAGE_SIZE, offset: 0 });
