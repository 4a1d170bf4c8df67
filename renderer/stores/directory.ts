import { create } from 'zustand';
import { createListStore } from './list-store';

export const PAGE_SIZE = 50;

export const useInstitutionsList = createListStore('institutions.list', { query: '', limit: PAGE_SIZE, offset: 0 }, [
  'institutions',
]);

export const usePeopleList = createListStore('people.list', { query: '', limit: PAGE_SIZE, offset: 0 }, [
  'people',
  'institutions',
]);

export type DirectoryTab = 'institutions' | 'people';

/** The directory's open tab, kept here so a search hit can open the people tab. */
export const useDirectoryTab = create<{ tab: DirectoryTab; setTab(tab: DirectoryTab): void }>((set) => ({
  tab: 'institutions',
  setTab: (tab) => set({ tab }),
}));
