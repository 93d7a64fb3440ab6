export default function HomePage() {
  return (
    <section>
      <h1>Backend development you can build on</h1>
      <p>
        Articles on Python, Django and FastAPI, and a free initial consultation for your project.
      </p>
    </section>
  )
}
