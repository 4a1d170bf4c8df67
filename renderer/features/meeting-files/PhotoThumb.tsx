import { Center, Image, Loader } from '@mantine/core';
import { useEffect, useRef } from 'react';
import { useApiQuery } from '../../api/queries';
import { QueryStatus } from '../../components/LoadError';

/** A stored photo, read from the host and shown from an object URL released when it goes. */
export function PhotoThumb({ id, alt }: { id: string; alt: string }) {
  const query = useApiQuery('meetingFiles.download', { id });
  const photo = query.data;
  const image = useRef<HTMLImageElement>(null);
  useEffect(() => {
    if (!photo || !image.current) return;
    const bytes = Uint8Array.from(atob(photo.dataBase64), (c) => c.charCodeAt(0));
    const url = URL.createObjectURL(new Blob([bytes], { type: photo.mediaType }));
    image.current.src = url;
    return () => URL.revokeObjectURL(url);
  }, [photo]);
  if (!photo)
    return (
      <Center h={140}>
        <QueryStatus query={query} loader={<Loader size="sm" />} />
      </Center>
    );
  return <Image ref={image} alt={alt} h={140} fit="contain" bg="gray.1" radius="sm" />;
}
