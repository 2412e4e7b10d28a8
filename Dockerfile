FROM python:3.11-slim
# Chinese glyphs for pages rendered in the image (`manage.py screenshots`); readers use their own fonts.
RUN apt-get update \
    && apt-get install -y --no-install-recommends fonts-noto-cjk \
    && rm -rf /var/lib/apt/lists/*
ENV PYTHONDONTWRITEBYTECODE=1 PYTHONUNBUFFERED=1 DJANGO_SETTINGS_MODULE=config.settings
WORKDIR /app
COPY pyproject.toml README.md ./
COPY config ./config
COPY archive ./archive
COPY ingest ./ingest
COPY bench ./bench
COPY templates ./templates
COPY static ./static
COPY samples ./samples
COPY manage.py ./
RUN pip install --no-cache-dir . \
    && SECRET_KEY=build-only python manage.py collectstatic --noinput
EXPOSE 8000
CMD ["sh", "-c", "python manage.py migrate --noinput && gunicorn -c config/gunicorn.conf.py config.wsgi:application --bind 0.0.0.0:8000 --workers ${WEB_CONCURRENCY:-3}"]
