import { semesterFigure } from './pdf-semester';

export const docxSemester = semesterFigure('docx');
