import { Center, Image, Loader } from '@mantine/core';
import { useEffect, useState } from 'react';
import { call } from '../../api/client';

/** A stored photo, fetched from the host and shown from an object URL released when it goes. */
export function PhotoThumb({ id, alt }: { id: string; alt: string }) {
  const [url, setUrl] = useState<string | null>(null);
  useEffect(() => {
    let current = true;
    let made: string | null = null;
    void call('meetingFiles.download', { id }).then((result) => {
      if (!current || !result.ok) return;
      const bytes = Uint8Array.from(atob(result.value.dataBase64), (c) => c.charCodeAt(0));
      made = URL.createObjectURL(new Blob([bytes], { type: result.value.mediaType }));
      setUrl(made);
    });
    return () => {
      current = false;
      if (made) URL.revokeObjectURL(made);
    };
  }, [id]);
  if (!url)
    return (
      <Center h={140}>
        <Loader size="sm" />
      </Center>
    );
  return <Image src={url} alt={alt} h={140} fit="contain" bg="gray.1" radius="sm" />;
}
