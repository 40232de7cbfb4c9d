/** A button-looking label around a hidden file input; the same file can be chosen again right after. */
export function FileButton({
  label,
  accept,
  testId,
  onFile,
}: {
  label: string
  accept: string
  testId: string
  onFile: (file: File) => void
}) {
  return (
    <label className="cursor-pointer rounded border border-line bg-surface px-2 py-1 text-sm hover:bg-surface-2">
      {label}
      <input
        type="file"
        accept={accept}
        className="sr-only"
        data-testid={testId}
        onChange={(e) => {
          const picked = e.target.files?.[0]
          e.target.value = ''
          if (picked) onFile(picked)
        }}
      />
    </label>
  )
}
